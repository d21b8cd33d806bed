'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { CARD, FIELD, PRIMARY } from '@/components/ui/field-styles';
import { FormError } from '@/components/ui/form-error';
import { requestJson, requestMultipart, type TJsonResult } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';
import {
  ARTICLE_FETCH_TIMEOUT_MS,
  ESSAY_UPLOAD_EXTENSIONS,
  MAX_ARTICLE_PAGE_BYTES,
  MAX_ESSAY_AUTHOR_CHARS,
  MAX_ESSAY_TITLE_CHARS,
  MAX_ESSAY_UPLOAD_BYTES,
} from '@/lib/schemas/essay-import-limits';

type TSource = 'text' | 'file' | 'url';
type TFormat = 'auto' | 'markdown' | 'text';
type TAdded = { essay: { slug: string; previewUrl: string } };

const SOURCES: Array<{ value: TSource; label: string }> = [
  { value: 'text', label: 'Paste text' },
  { value: 'file', label: 'Upload a file' },
  { value: 'url', label: 'Web address' },
];

/**
 * Staff add an essay to their cohort: pasted text or Markdown, a .txt/.md/.html/.docx file, or
 * the address of a web article. It becomes a draft, and the form opens its preview; the server's
 * refusal (not an article, too large, blocked address, …) is shown in place.
 */
export function AddEssayForm({ cohortId }: { cohortId: string }) {
  const router = useRouter();
  const id = useId();
  const [source, setSource] = useState<TSource>('text');
  const [text, setText] = useState('');
  const [format, setFormat] = useState<TFormat>('auto');
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [authorName, setAuthorName] = useState('');
  const { isBusy, error, run } = useSubmit({ isBusyAfterSuccess: true });

  function send(): Promise<TJsonResult<TAdded>> {
    const endpoint = `/api/cohorts/${cohortId}/essays`;
    const meta = { title: title.trim() || undefined, authorName: authorName.trim() || undefined };
    if (source === 'text') return requestJson<TAdded>(endpoint, 'POST', { source, text, format, ...meta });
    if (source === 'url') return requestJson<TAdded>(endpoint, 'POST', { source, url: url.trim(), ...meta });
    if (!file) return Promise.resolve({ isOk: false, error: 'Choose a file to upload.' });
    // Said here rather than after uploading megabytes the server would refuse.
    if (file.size > MAX_ESSAY_UPLOAD_BYTES) {
      return Promise.resolve({
        isOk: false,
        error: `The file is over ${MAX_ESSAY_UPLOAD_BYTES / 1024 / 1024} MB; an essay is far smaller.`,
      });
    }
    const form = new FormData();
    form.set('source', 'file');
    form.set('file', file);
    if (meta.title) form.set('title', meta.title);
    if (meta.authorName) form.set('authorName', meta.authorName);
    return requestMultipart<TAdded>(endpoint, form);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(send, (data) => router.push(data.essay.previewUrl));
  }

  const isReady = source === 'text' ? text.trim() !== '' : source === 'file' ? file !== null : url.trim() !== '';
  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-title`}
      className={`${CARD} space-y-3 text-sm`}
      data-testid="add-essay-form"
    >
      <h2 id={`${id}-title`} className="font-serif text-xl font-semibold">
        Add an essay
      </h2>
      <p className="text-stone-600">It is added as a draft: you check it before members can read it.</p>
      <fieldset>
        <legend className="font-medium">Where is the essay?</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {SOURCES.map((option) => (
            <label
              key={option.value}
              className={`cursor-pointer rounded border px-3 py-1.5 focus-within:ring-2 focus-within:ring-amber-300 ${source === option.value ? 'border-stone-900 bg-stone-900 text-white' : 'border-stone-300 bg-white text-stone-700 hover:bg-stone-100'}`}
            >
              <input
                type="radio"
                name={`${id}-source`}
                value={option.value}
                checked={source === option.value}
                onChange={() => setSource(option.value)}
                className="sr-only"
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>

      {source === 'text' ? (
        <label className="block font-medium">
          Text or Markdown
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={10}
            className={`${FIELD} font-mono text-xs`}
            placeholder={'# Title\n\nBy Author Name\n\nFirst paragraph…\n\n## A section\n\n…'}
          />
          <span className="mt-1 block font-normal text-stone-500">
            A first line “By …” names the author; “## Heading” lines (or “Heading:” lines in plain text) open sections.
          </span>
        </label>
      ) : null}
      {source === 'text' ? (
        <label className="block font-medium">
          Read it as
          <select value={format} onChange={(e) => setFormat(e.target.value as TFormat)} className={FIELD}>
            <option value="auto">Detect (Markdown when it has # headings)</option>
            <option value="markdown">Markdown</option>
            <option value="text">Plain text, one paragraph per line</option>
          </select>
        </label>
      ) : null}
      {source === 'file' ? (
        <label className="block font-medium">
          File{' '}
          <span className="font-normal text-stone-500">(.txt, .md, .html or .docx, up to {MAX_ESSAY_UPLOAD_BYTES / 1024 / 1024} MB)</span>
          <input
            type="file"
            accept={ESSAY_UPLOAD_EXTENSIONS.join(',')}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            className={FIELD}
          />
        </label>
      ) : null}
      {source === 'url' ? (
        <label className="block font-medium">
          Address of the article
          <input
            type="text"
            inputMode="url"
            spellCheck={false}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://…"
            className={FIELD}
          />
          <span className="mt-1 block font-normal text-stone-500">
            The server reads the page: public web addresses only, pages up to {MAX_ARTICLE_PAGE_BYTES / 1024 / 1024} MB that answer within{' '}
            {ARTICLE_FETCH_TIMEOUT_MS / 1000} seconds.
          </span>
        </label>
      ) : null}

      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block font-medium">
          Title <span className="font-normal text-stone-500">(optional: else the essay’s own)</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={MAX_ESSAY_TITLE_CHARS} className={FIELD} />
        </label>
        <label className="block font-medium">
          Author <span className="font-normal text-stone-500">(optional: else the by-line)</span>
          <input value={authorName} onChange={(e) => setAuthorName(e.target.value)} maxLength={MAX_ESSAY_AUTHOR_CHARS} className={FIELD} />
        </label>
      </div>

      <FormError error={error} />
      <button type="submit" disabled={isBusy || !isReady} className={PRIMARY}>
        {isBusy ? 'Reading the essay…' : 'Add as draft'}
      </button>
    </form>
  );
}
