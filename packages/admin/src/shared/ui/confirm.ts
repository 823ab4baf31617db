/**
 * Destructive actions ask first and say what they affect. Element Plus's message box is called from
 * script, so its CSS is imported here, once.
 */
import { ElMessageBox } from 'element-plus';
import 'element-plus/theme-chalk/base.css';
import 'element-plus/theme-chalk/el-message-box.css';
import 'element-plus/theme-chalk/el-button.css';
import 'element-plus/theme-chalk/el-input.css';
import 'element-plus/theme-chalk/el-overlay.css';

export interface ConfirmTexts {
  title: string;
  /** What the action does and what it affects, in words ("Deletes 投诉 › 信用卡; 12 cases keep it"). */
  message: string;
  confirm: string;
  cancel: string;
}

/** True when the user confirmed; false when they cancelled or closed the box. */
export async function confirmAction(texts: ConfirmTexts): Promise<boolean> {
  try {
    await ElMessageBox.confirm(texts.message, texts.title, {
      type: 'warning',
      confirmButtonText: texts.confirm,
      cancelButtonText: texts.cancel,
      confirmButtonClass: 'el-button--danger',
      customClass: 'confirm-action',
      distinguishCancelAndClose: false,
    });
    return true;
  } catch {
    return false;
  }
}
