/**
 * Toasts. Element Plus's message service is called from script, not a template, so the on-demand
 * resolver cannot add its CSS: it is imported here, once.
 */
import { ElMessage } from 'element-plus';
import 'element-plus/theme-chalk/base.css';
import 'element-plus/theme-chalk/el-message.css';

export function notifyError(message: string): void {
  ElMessage({ type: 'error', message, showClose: true, grouping: true, duration: 6000 });
}

export function notifySuccess(message: string): void {
  ElMessage({ type: 'success', message, grouping: true });
}
