import type { CanvasMessages } from './zh-CN';

/** The designer canvas's texts, English. */
const canvas: CanvasMessages = {
  title: 'Canvas',
  empty: 'Click a step in the palette, or drag it here, to start designing the flow.',
  palette: {
    title: 'Steps',
    hint: 'Click to add, or drag onto the canvas',
    add: 'Add step: {name}',
  },
  kinds: {
    form: 'Form',
    review: 'Review',
    communication: 'Contact',
    plan: 'Plan',
    confirmation: 'Confirmation',
    signature: 'Signature',
    survey: 'Survey',
    notification: 'Notification',
    action: 'Action',
    wait: 'Wait',
    decision: 'Decision',
    parallelSplit: 'Parallel split',
    parallelJoin: 'Parallel join',
    subflow: 'Subflow',
    end: 'End',
  },
  outcomes: {
    resolved: 'Resolved',
    mediation: 'Mediation',
    regulatorComplaint: 'Regulator complaint',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
    unresolved: 'Unresolved',
    disbursed: 'Disbursed',
  },
  node: {
    start: 'Start',
    problems: '{count} problem(s)',
    label: 'Step: {name} ({kind})',
  },
  edge: {
    default: 'default',
    guard: 'Condition: {text}',
    label: 'Transition: {from} → {to}',
  },
  toolbar: {
    label: 'Canvas tools',
    delete: 'Delete selected',
    autoLayout: 'Auto layout',
    fitView: 'Fit view',
    copy: 'Copy',
    cut: 'Cut',
    paste: 'Paste',
    selectAll: 'Select all',
  },
  edits: {
    add: 'Add step',
    move: 'Move steps',
    connect: 'Connect steps',
    delete: 'Delete',
    cut: 'Cut',
    paste: 'Paste',
    autoLayout: 'Auto layout',
  },
  help: 'Arrow keys move the selected steps; Delete removes; Ctrl+C/X/V copy, cut, paste; Ctrl+A selects all; Shift+drag selects a box.',
};

export default canvas;
