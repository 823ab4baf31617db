import type { JsonValue } from '../shared/json.types';
import { NOTIFICATION_CHANNELS } from '../definition/step.types';
import type { NotificationChannel } from '../definition/step.types';
import { defineAction } from './define';
import type { PluginIssue } from './plugin.types';

interface WebhookOptions {
  readonly url: string;
  readonly method?: 'POST' | 'PUT';
  /** Case fields sent in the payload; personal data stays home unless listed. */
  readonly fields?: readonly string[];
}

/** Calls another bank system (core banking, CRM …). The host performs the call, with retries. */
export const webhookAction = defineAction<WebhookOptions>({
  name: 'webhook',
  label: { zh: '调用外部系统（Webhook）', en: 'Call another system (webhook)' },
  outcomes: ['done'],
  checkOptions(options) {
    const out: PluginIssue[] = [];
    if (!options || typeof options.url !== 'string' || !/^https:\/\/[^\s]+$/.test(options.url))
      out.push({
        code: 'ACTION_OPTIONS_INVALID',
        path: 'options.url',
        message: {
          zh: 'Webhook 地址必须是 https:// 开头的网址',
          en: 'The webhook URL must be an https:// URL',
        },
      });
    if (options?.method !== undefined && options.method !== 'POST' && options.method !== 'PUT')
      out.push({
        code: 'ACTION_OPTIONS_INVALID',
        path: 'options.method',
        message: { zh: '请求方法只能是 POST 或 PUT', en: 'The method must be POST or PUT' },
      });
    return out;
  },
  run(options, ctx) {
    if (!options) return 'done';
    const data: Record<string, JsonValue> = {};
    for (const name of options.fields ?? []) {
      const value = ctx.data[name];
      if (value !== undefined) data[name] = value as JsonValue;
    }
    ctx.effect({
      type: 'webhook',
      url: options.url,
      method: options.method ?? 'POST',
      payload: { caseId: ctx.caseId, stepKey: ctx.stepKey, at: ctx.now, data },
    });
    return 'done';
  },
});

interface NotifyOptions {
  readonly channel: NotificationChannel;
  readonly template: string;
}

/** Sends a templated message to the customer. */
export const notifyAction = defineAction<NotifyOptions>({
  name: 'notify',
  label: { zh: '通知客户', en: 'Notify the customer' },
  outcomes: ['done'],
  checkOptions(options) {
    if (options && NOTIFICATION_CHANNELS.includes(options.channel) && typeof options.template === 'string')
      return [];
    return [
      {
        code: 'ACTION_OPTIONS_INVALID',
        path: 'options',
        message: { zh: '通知需要渠道和模板', en: 'A notification needs a channel and a template' },
      },
    ];
  },
  run(options, ctx) {
    if (options)
      ctx.effect({
        type: 'notify',
        channel: options.channel,
        recipient: 'customer',
        template: options.template,
      });
    return 'done';
  },
});

export const builtInActions = [webhookAction, notifyAction] as const;
