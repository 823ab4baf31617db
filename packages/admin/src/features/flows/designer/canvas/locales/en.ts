import type { CanvasMessages } from './zh-CN';

/** The designer canvas's texts, English. */
const canvas: CanvasMessages = {
  title: 'Canvas',
};

export default canvas;
