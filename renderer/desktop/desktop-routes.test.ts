import { describe, expect, it } from 'vitest';
import { isQuickCaptureRoute, isStoryRoute } from './desktop-routes';

describe('the routes the desktop state depends on', () => {
  it('knows a story on screen from the story list, its Trash and other pages', () => {
    expect(isStoryRoute('/stories/4f1c2d3e-aaaa-bbbb-cccc-1234567890ab')).toBe(true);
    expect(isStoryRoute('/stories')).toBe(false);
    expect(isStoryRoute('/stories/trash')).toBe(false);
    expect(isStoryRoute('/journal/4f1c2d3e')).toBe(false);
    expect(isStoryRoute('/practice/4f1c2d3e')).toBe(false);
  });

  it('knows the quick-capture window by its hash', () => {
    expect(isQuickCaptureRoute('#/quick-capture')).toBe(true);
    expect(isQuickCaptureRoute('#/quick-capture?from=tray')).toBe(true);
    expect(isQuickCaptureRoute('#/journal')).toBe(false);
    expect(isQuickCaptureRoute('#/quick-capture-later')).toBe(false);
  });
});
