/** parseSnippets(): the Snippets sheet's rows as the form gets them (header found by name, blanks and repeats skipped). */
import { parseSnippets } from '../../src/sheets/snippets-sheet';

describe('parseSnippets', () => {
  it('finds Name and Text by header, keeps line breaks, skips blank rows and repeated names', () => {
    const grid = [
      ['Notes', 'Text', 'Name'],
      ['', 'Line one\r\nLine two', 'Legal'],
      ['', '', 'Empty'],
      ['', 'again', 'legal'],
      ['', '#a #b', 'Tags'],
    ];
    expect(parseSnippets(grid)).toEqual([
      { name: 'Legal', text: 'Line one\nLine two' },
      { name: 'Tags', text: '#a #b' },
    ]);
  });

  it('reads columns A and B when there is no header, and nothing from an empty sheet', () => {
    expect(parseSnippets([['Sig', '— Us']])).toEqual([{ name: 'Sig', text: '— Us' }]);
    expect(parseSnippets([])).toEqual([]);
  });
});
