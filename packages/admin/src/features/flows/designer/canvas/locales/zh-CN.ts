/** The designer canvas's texts, Simplified Chinese: the schema the English file must match. */
const canvas = {
  title: '画布',
};

export type CanvasMessages = typeof canvas;
export default canvas;
