// Writes tests/fixtures/essays/libraries.docx, the Word document the import tests and e2e upload.
// Built by hand as the zip a .docx is (the parts Word itself writes for a plain document: content
// types, package and document relationships, styles with "heading 1"/"heading 2", the body), so
// the fixture is reproducible and its content is readable here. Run: node --import tsx scripts/make-docx-fixture.ts
import { writeFileSync } from 'node:fs';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One paragraph: its style (Word's style id, or none for Normal) and its runs (bold ones marked with **). */
function paragraph(text: string, style?: string): string {
  const props = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  const runs = text
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith('**')
        ? `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escape(part.slice(2, -2))}</w:t></w:r>`
        : `<w:r><w:t xml:space="preserve">${escape(part)}</w:t></w:r>`,
    )
    .join('');
  return `<w:p>${props}${runs}</w:p>`;
}

const body = [
  paragraph('By Priya Natarajan'),
  paragraph(
    'A public library that lends only books is leaving most of its mission on the shelf. People borrow books because owning every book is wasteful. The same is true of drills, sewing machines and telescopes.',
  ),
  paragraph('Why lending works', 'Heading1'),
  paragraph(
    'A drill is used for about thirteen minutes in its whole life. Lending spreads that cost across a neighbourhood. It also keeps repairable things out of landfill.',
  ),
  paragraph('What it would take', 'Heading1'),
  paragraph(
    'Libraries already have catalogues, membership cards and late fees. They would need storage space and a way to check that returned tools still work.',
  ),
  paragraph('The objection from cost', 'Heading2'),
  paragraph(
    'Critics say tools break and books do not. Broken tools are a cost, but so are lost books, and nobody closes a library over them.',
  ),
  paragraph('**About the author:** Priya Natarajan is a librarian in Madurai who runs a seed and tool library.'),
].join('');

const files: Record<string, string> = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  'word/_rels/document.xml.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  'word/styles.xml':
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}">` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style></w:styles>',
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
};

const zip = new JSZip();
// A fixed date keeps the bytes the same on every run.
for (const [name, content] of Object.entries(files)) zip.file(name, content, { date: new Date('2026-12-01T00:00:00Z') });
const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
writeFileSync('tests/fixtures/essays/libraries.docx', bytes);
console.log(`wrote tests/fixtures/essays/libraries.docx (${bytes.length} bytes)`);
