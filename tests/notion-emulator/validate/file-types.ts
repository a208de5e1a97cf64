/**
 * The file types Notion's File Upload API accepts ("Working with files and media" →
 * supported file types) and how an upload's filename and content type must agree.
 *
 * The documentation lists extensions and MIME types per category, not pairs; each
 * extension here pairs with the listed types it is the usual name of. `.flv` and `.mkv`
 * are listed without a MIME type of their own: they pair with the nearest listed one
 * (`video/x-f4v`, Flash video; `video/webm`, a Matroska profile). See the README.
 */
import { semanticError } from '../errors.ts';

const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const EXCEL = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const POWERPOINT = 'application/vnd.openxmlformats-officedocument.presentationml';

/** Extension (lower case, no dot) → the content types it may be sent as. */
const TYPES_BY_EXTENSION: Record<string, readonly string[]> = {
  // Audio
  aac: ['audio/aac'],
  adts: ['audio/aac'],
  mid: ['audio/midi'],
  midi: ['audio/midi'],
  mp3: ['audio/mpeg'],
  mpga: ['audio/mpeg'],
  m4a: ['audio/mp4'],
  m4b: ['audio/mp4'],
  oga: ['audio/ogg'],
  ogg: ['audio/ogg'],
  wav: ['audio/wav'],
  wma: ['audio/x-ms-wma'],
  // Document
  pdf: ['application/pdf'],
  txt: ['text/plain'],
  json: ['application/json'],
  doc: ['application/msword'],
  dot: ['application/msword'],
  docx: [`${WORD}.document`],
  dotx: [`${WORD}.template`],
  xls: ['application/vnd.ms-excel'],
  xlt: ['application/vnd.ms-excel'],
  xla: ['application/vnd.ms-excel'],
  xlsx: [`${EXCEL}.sheet`],
  xltx: [`${EXCEL}.template`],
  ppt: ['application/vnd.ms-powerpoint'],
  pot: ['application/vnd.ms-powerpoint'],
  pps: ['application/vnd.ms-powerpoint'],
  ppa: ['application/vnd.ms-powerpoint'],
  pptx: [`${POWERPOINT}.presentation`],
  potx: [`${POWERPOINT}.template`],
  // Image
  gif: ['image/gif'],
  heic: ['image/heic'],
  jpeg: ['image/jpeg'],
  jpg: ['image/jpeg'],
  png: ['image/png'],
  svg: ['image/svg+xml'],
  tif: ['image/tiff'],
  tiff: ['image/tiff'],
  webp: ['image/webp'],
  ico: ['image/vnd.microsoft.icon'],
  // Video (`.mp4` is listed under audio too: either kind of MP4 is accepted)
  amv: ['video/x-amv'],
  asf: ['video/x-ms-asf'],
  wmv: ['video/x-ms-asf'],
  avi: ['video/x-msvideo'],
  f4v: ['video/x-f4v'],
  flv: ['video/x-f4v'],
  gifv: ['video/mp4'],
  m4v: ['video/mp4', 'application/mp4'],
  mp4: ['video/mp4', 'application/mp4', 'audio/mp4'],
  mkv: ['video/webm'],
  webm: ['video/webm'],
  mov: ['video/quicktime'],
  qt: ['video/quicktime'],
  mpeg: ['video/mpeg'],
};

const SUPPORTED_TYPES = new Set(Object.values(TYPES_BY_EXTENSION).flat());

/** `image/PNG; charset=x` → `image/png`. */
export function bareType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

function extensionOf(filename: string): string | null {
  const dot = filename.lastIndexOf('.');
  return dot > 0 && dot < filename.length - 1 ? filename.slice(dot + 1).toLowerCase() : null;
}

/** A content type generic enough to say nothing (what a part without a type is sent as). */
export function isGenericType(contentType: string | null | undefined): boolean {
  const bare = bareType(contentType ?? '');
  return bare === '' || bare === 'application/octet-stream';
}

/**
 * Checks a filename and content type (either may be missing) as Notion does: a supported
 * type, a supported extension (or one the type lets Notion infer), and the two agreeing.
 * `where` names the field in the sentences ("body.filename", "the file part").
 */
export function checkFileType(
  filename: string | null,
  contentType: string | null,
  where: { filename: string; contentType: string },
): void {
  const type = contentType === null ? null : bareType(contentType);
  if (type !== null && !SUPPORTED_TYPES.has(type)) {
    throw semanticError(
      `The content type \`${type}\` (${where.contentType}) is not a file type Notion accepts for uploads.`,
    );
  }
  if (filename === null) return;
  const extension = extensionOf(filename);
  if (extension === null) {
    if (type !== null) return;
    throw semanticError(
      `The filename \`${filename}\` (${where.filename}) has no extension, and no content type was given to infer one from.`,
    );
  }
  const types = TYPES_BY_EXTENSION[extension];
  if (!types) {
    throw semanticError(
      `The file extension \`.${extension}\` (${where.filename}) is not a file type Notion accepts for uploads.`,
    );
  }
  if (type !== null && !types.includes(type)) {
    throw semanticError(
      `The file extension \`.${extension}\` of \`${filename}\` does not match the content type \`${type}\`.`,
    );
  }
}

/** The content type a supported extension implies (the first listed), or null. */
export function typeForFilename(filename: string): string | null {
  const extension = extensionOf(filename);
  return extension === null ? null : (TYPES_BY_EXTENSION[extension]?.[0] ?? null);
}
