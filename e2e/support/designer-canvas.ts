/**
 * Page object for the flow designer's canvas (Vue Flow): palette, nodes, handles, edge labels,
 * toolbar, and the node positions as Vue Flow draws them.
 */
import type { Locator, Page } from 'playwright-core';
import type { GraphqlApi } from './graphql-api';

/** Creates an empty template (no steps) as the signed-in API user. */
export async function createBlankTemplate(api: GraphqlApi, key: string): Promise<void> {
  await api.run(`mutation($input: CreateFlowTemplateInput!) { createFlowTemplate(input: $input) { key } }`, {
    input: { key, name: { zh: '画布测试', en: 'Canvas test' }, kind: 'SERVICE' },
  });
}

export class DesignerCanvas {
  constructor(private readonly page: Page) {}

  get canvas(): Locator {
    return this.page.getByTestId('designer-canvas');
  }

  paletteItem(kind: string): Locator {
    return this.page.getByTestId(`palette-${kind}`);
  }

  node(key: string): Locator {
    return this.page.getByTestId(`node-${key}`);
  }

  edge(key: string): Locator {
    return this.page.getByTestId(`edge-${key}`);
  }

  /** Vue Flow's wrapper of a node: it carries the position and the selected class. */
  wrapper(key: string): Locator {
    return this.page.locator(`.vue-flow__node[data-id="${key}"]`);
  }

  async nodeKeys(): Promise<string[]> {
    return this.page
      .locator('.vue-flow__node')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? '').sort());
  }

  /** The node's position in canvas coordinates, read from Vue Flow's transform. */
  async position(key: string): Promise<{ x: number; y: number }> {
    const style = (await this.wrapper(key).getAttribute('style')) ?? '';
    const m = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(style);
    if (!m) throw new Error(`no position for ${key}: ${style}`);
    return { x: Number(m[1]), y: Number(m[2]) };
  }

  async isSelected(key: string): Promise<boolean> {
    return (await this.wrapper(key).getAttribute('class'))?.includes('selected') ?? false;
  }

  async selectedKeys(): Promise<string[]> {
    return this.page
      .locator('.vue-flow__node.selected')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? '').sort());
  }

  /** Drags from the centre of one element to the centre of another with the mouse. */
  async dragBetween(from: Locator, to: Locator): Promise<void> {
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('drag ends not visible');
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move((a.x + b.x) / 2 + a.width / 2, (a.y + b.y) / 2 + a.height / 2, { steps: 5 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await this.page.mouse.up();
  }

  /** Connects two steps by dragging the source's bottom handle onto the target's top handle. */
  async connect(from: string, to: string): Promise<void> {
    await this.dragBetween(this.page.getByTestId(`out-${from}`), this.page.getByTestId(`in-${to}`));
  }

  /** Drags a node by (dx, dy) screen pixels. */
  async moveBy(key: string, dx: number, dy: number): Promise<void> {
    const box = await this.node(key).boundingBox();
    if (!box) throw new Error(`node ${key} not visible`);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 5 });
    await this.page.mouse.up();
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  async autoLayout(): Promise<void> {
    await this.page.getByTestId('canvas-auto-layout').click();
  }
}
