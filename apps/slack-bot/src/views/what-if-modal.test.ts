import { describe, expect, it } from 'vitest';
import { decodeWhatIfState, whatIfChoices, whatIfModal, whatIfStateFits } from './what-if-modal.ts';

describe('what-if modal', () => {
  it('preselects the levels the command was asked with and offers every house measure', () => {
    const state = { text: 'delta 1071AA 28 B wall_insulation=3', responseUrl: 'http://sink/r' };
    const start = { address: '1071AA 28 B', levels: new Map([['wall_insulation', 3]]) };
    const view = whatIfModal('en', state, start) as unknown as {
      blocks: { block_id?: string; element?: { initial_option?: { value: string } } }[];
      private_metadata: string;
    };
    const wall = view.blocks.find((b) => b.block_id === 'm:wall_insulation');
    expect(wall?.element?.initial_option?.value).toBe('3');
    expect(view.blocks.filter((b) => b.block_id?.startsWith('m:')).length).toBeGreaterThan(8);
    expect(decodeWhatIfState(view.private_metadata)).toEqual(state);
  });

  it('reads the submitted selects as levels, skipping "keep current" and other blocks', () => {
    const chosen = whatIfChoices({
      'm:wall_insulation': { level: { selected_option: { value: '4' } } },
      'm:floor_insulation': { level: { selected_option: { value: '-' } } },
      'm:solar_panels': { level: { selected_option: { value: '12' } } },
      other: { x: { selected_option: { value: '1' } } },
    });
    expect(chosen).toEqual({ wall_insulation: 4, solar_panels: 12 });
  });

  it('is not built when its state would pass Slack’s 3,000-character private_metadata', () => {
    const start = { address: '1071AA 28 B', levels: new Map<string, number>() };
    const fits = { text: 'delta 1071AA 28 B', responseUrl: `http://sink/${'r'.repeat(2_900)}` };
    expect(whatIfModal('en', fits, start)).toBeDefined();
    // Quotes double in JSON: 1,600 of them are 3,200 characters of metadata.
    const tooLong = { text: `delta ${'"'.repeat(1_600)}`, responseUrl: 'http://sink/r' };
    expect(whatIfStateFits(tooLong)).toBe(false);
    expect(whatIfModal('en', tooLong, start)).toBeUndefined();
  });
});
