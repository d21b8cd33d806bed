/**
 * A URL slug from a title: lower-case ASCII words joined by hyphens, at most 60 characters.
 * @example slugify('Peace Lost in Translation:') // 'peace-lost-in-translation'
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'essay';
}
