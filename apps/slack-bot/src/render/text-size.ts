import type { Block, BlockElement, TextObject } from './block-types.ts';

const textLength = (text: TextObject | undefined): number => text?.text.length ?? 0;

function elementLength(element: BlockElement): number {
  if (element.type === 'button') return textLength(element.text) + (element.value?.length ?? 0);
  return (
    textLength(element.placeholder) +
    element.options.reduce((sum, option) => sum + option.text.text.length + option.value.length, 0)
  );
}

/** Characters of text a block carries, the measure Slack's (undocumented) total limit counts. */
export function blockTextLength(block: Block): number {
  switch (block.type) {
    case 'header':
      return textLength(block.text);
    case 'section':
      return textLength(block.text) + (block.fields ?? []).reduce((sum, field) => sum + field.text.length, 0);
    case 'context':
      return block.elements.reduce((sum, element) => sum + element.text.length, 0);
    case 'image':
      return block.alt_text.length + textLength(block.title);
    case 'actions':
      return block.elements.reduce((sum, element) => sum + elementLength(element), 0);
    case 'input':
      return textLength(block.label);
    case 'divider':
      return 0;
  }
}

export const totalTextLength = (blocks: readonly Block[]): number =>
  blocks.reduce((sum, block) => sum + blockTextLength(block), 0);
