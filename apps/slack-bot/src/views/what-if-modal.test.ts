import { describe, expect, it } from 'vitest';
import { decodeWhatIfState, parseDeltaText, whatIfModal, whatIfText } from './what-if-modal.ts';

describe('what-if modal', () => {
  it('preselects the levels named in the command text and offers every house measure', () => {
    const view = whatIfModal('en', { text: 'delta 1071AA 28B gevel=goed', responseUrl: 'http://sink/r' }) as {
      blocks: { block_id?: string; element?: { initial_option?: { value: string } } }[];
      private_metadata: string;
    };
    const wall = view.blocks.find((b) => b.block_id === 'm:wall_insulation');
    expect(wall?.element?.initial_option?.value).toBe('3');
    expect(view.blocks.filter((b) => b.block_id?.startsWith('m:')).length).toBeGreaterThan(8);
    expect(decodeWhatIfState(view.private_metadata)).toEqual({
      text: 'delta 1071AA 28B gevel=goed',
      responseUrl: 'http://sink/r',
    });
  });

  it('turns submitted selects into delta text, skipping "keep current"', () => {
    const text = whatIfText('watals 1071AA 28B gevel=goed', {
      'm:wall_insulation': { level: { selected_option: { value: '4' } } },
      'm:floor_insulation': { level: { selected_option: { value: '-' } } },
      'm:solar_panels': { level: { selected_option: { value: '12' } } },
      other: { x: { selected_option: { value: '1' } } },
    });
    expect(text).toBe('watals 1071AA 28B wall_insulation=4 solar_panels=12');
  });

  it('parses address and pairs', () => {
    const parsed = parseDeltaText('delta 1071 AA 28-b vloer=4');
    expect(parsed.address).toBe('1071 AA 28-b');
    expect(parsed.levels.get('floor_insulation')).toBe(4);
  });
});
