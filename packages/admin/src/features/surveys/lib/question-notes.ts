/**
 * What to show under each question: the server's problems from the last refused save or publish,
 * then what the browser finds itself with the field type's own check (a matrix without rows, a metric
 * off its scale: the engine's code, as on the server's publish). Blank texts are the server's to say
 * (on save), so a message is never shown twice.
 * Pure: no Vue.
 */
import type { FormDefinition, LocalizedText, PluginRegistry } from '@parley/engine';
import type { SurveyProblems } from './survey-problems';

export function questionNotes(
  form: FormDefinition,
  server: SurveyProblems,
  registry: PluginRegistry,
): Map<number, LocalizedText[]> {
  const out = new Map<number, LocalizedText[]>();
  const add = (i: number, message: LocalizedText) => {
    const list = out.get(i) ?? [];
    if (!list.some((m) => m.zh === message.zh && m.en === message.en)) list.push(message);
    out.set(i, list);
  };
  for (const [i, problems] of server.byQuestion) for (const p of problems) add(i, p.messages);
  form.elements.forEach((field, i) => {
    for (const issue of registry.fieldType(field.type)?.checkField?.(field) ?? []) add(i, issue.message);
  });
  return out;
}
