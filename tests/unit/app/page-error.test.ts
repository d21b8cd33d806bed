import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import PageError from '@/app/error';

function render(error: Error & { digest?: string }): string {
  return renderToStaticMarkup(createElement(PageError, { error, reset: () => {} }));
}

describe('the page error screen', () => {
  it('tells the reader what happened, offers a retry and a way home, and quotes the reference', () => {
    const html = render(Object.assign(new Error('An error occurred in the Server Components render.'), { digest: '2417598371' }));
    expect(html).toContain('This page could not be shown');
    expect(html).toContain('Try again');
    expect(html).toContain('href="/"');
    expect(html).toContain('Error reference: 2417598371');
  });

  it('never shows the error message itself, and no reference when there is none', () => {
    const html = render(new Error('relation "Annotation" does not exist at 127.0.0.1:5432'));
    expect(html).not.toContain('relation');
    expect(html).not.toContain('127.0.0.1');
    expect(html).not.toContain('Error reference');
  });
});
