import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a page of this site with its query and fragment', () => {
    expect(safeNext('/directory?q=an%20giang#top')).toBe('/directory?q=an%20giang#top');
    expect(safeNext('/programs/ho-tro-khoi-nghiep')).toBe('/programs/ho-tro-khoi-nghiep');
  });

  it.each([
    undefined,
    '',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '/\t/evil.example',
    '/\t\\evil.example',
    '/\n/evil.example',
    '/\r\n//evil.example',
    '/\u0000',
    '/\\/evil.example',
    'javascript:alert(1)',
    ' /directory',
  ])('sends %j to the home page', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});
