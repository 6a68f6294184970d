import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

const hostile = [
  'Hello <script>window.__pwned = 1</script> world',
  '<img src="x" onerror="window.__pwned = 1">',
  '[click me](javascript:window.__pwned=1)',
  '<a href="javascript:alert(1)">raw link</a>',
  '<iframe src="https://example.com"></iframe>',
  '<div style="background:url(javascript:alert(1))" onclick="alert(1)">styled</div>',
  '![x](javascript:alert(1))',
].join('\n\n');

describe('Markdown', () => {
  it('renders markdown: emphasis, lists, tables, code with highlighting', () => {
    const { container } = render(<Markdown>{'**bold** and `code`\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```sql\nSELECT 1 FROM t;\n```'}</Markdown>);
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('table td')?.textContent).toBe('1');
    expect(container.querySelector('pre code.language-sql .hljs-keyword')?.textContent).toBe('SELECT');
  });

  it('never turns content into script, handlers, frames or javascript: URLs', () => {
    const { container } = render(<Markdown>{hostile}</Markdown>);
    expect(container.querySelector('script, iframe, img[onerror], [onclick], [style]')).toBeNull();
    for (const el of container.querySelectorAll('[href], [src]')) {
      expect(el.getAttribute('href') ?? el.getAttribute('src')).not.toMatch(/^\s*javascript:/i);
    }
    // Raw HTML is shown as escaped text: the words survive, no element gets a handler attribute.
    const attributes = [...container.querySelectorAll('*')].flatMap((el) => el.getAttributeNames());
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect(container.textContent).toContain('<script>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
