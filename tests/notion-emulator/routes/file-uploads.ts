/**
 * Single-part file uploads: create, send (multipart, as `fileUploads.send` posts it) and
 * retrieve. The workspace's upload cap (`max_file_upload_size_in_bytes`) is enforced on send.
 */
import { ApiError, notFound, semanticError } from '../errors.ts';
import { newId } from '../ids.ts';
import { uploadStatus, type FileUploadRecord } from '../model.ts';
import { renderUpload } from '../render/objects.ts';
import { requireEnum, requireObject, requireString } from '../validate/check.ts';
import type { Route, RouteContext } from './context.ts';
import { bareType, checkFileType, isGenericType, typeForFilename } from '../validate/file-types.ts';
import { onlyKeys } from './write-helpers.ts';

const HOUR_MS = 60 * 60 * 1000;
/** Notion's filename cap is 900 bytes of UTF-8. */
const MAX_FILENAME_BYTES = 900;

function ownUpload(ctx: RouteContext): FileUploadRecord {
  const id = ctx.params.file_upload_id ?? '';
  const upload = ctx.ws.uploads.get(id);
  if (!upload || upload.ownerBotId !== ctx.integration.botId) throw notFound('file upload', id);
  uploadStatus(upload, ctx.ws.now());
  return upload;
}

export const fileUploadRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/v1/file_uploads',
    capability: 'insert',
    handler: (ctx) => {
      const body = requireObject(ctx.body ?? {}, 'body');
      onlyKeys(body, ['mode', 'filename', 'content_type', 'number_of_parts', 'external_url']);
      const mode =
        body.mode === undefined
          ? 'single_part'
          : requireEnum(
              body.mode,
              ['single_part', 'multi_part', 'external_url'] as const,
              'body.mode',
            );
      if (mode !== 'single_part')
        throw new ApiError(
          400,
          'invalid_request',
          `The emulator supports only single_part uploads, not ${mode}.`,
        );
      const filename =
        body.filename === undefined ? null : requireString(body.filename, 'body.filename');
      if (filename !== null && Buffer.byteLength(filename) > MAX_FILENAME_BYTES) {
        throw semanticError(
          `body.filename is ${Buffer.byteLength(filename)} bytes long; the limit is ${MAX_FILENAME_BYTES}.`,
        );
      }
      const contentType =
        body.content_type === undefined
          ? null
          : requireString(body.content_type, 'body.content_type');
      checkFileType(filename, contentType, {
        filename: 'body.filename',
        contentType: 'body.content_type',
      });
      const now = ctx.ws.now();
      const upload: FileUploadRecord = {
        kind: 'file_upload',
        id: newId(),
        ownerBotId: ctx.integration.botId,
        status: 'pending',
        filename,
        contentType,
        contentLength: null,
        data: null,
        createdTime: now,
        expiryTime: now + HOUR_MS,
        attached: false,
      };
      ctx.ws.uploads.set(upload.id, upload);
      return {
        body: renderUpload(upload, ctx.apiBase),
        committed: { committed_resource_id: upload.id },
      };
    },
  },
  {
    method: 'POST',
    pattern: '/v1/file_uploads/:file_upload_id/send',
    capability: 'insert',
    multipart: true,
    handler: async (ctx) => {
      const upload = ownUpload(ctx);
      if (upload.status !== 'pending')
        throw semanticError(
          `File upload ${upload.id} is ${upload.status}; only pending uploads accept content.`,
        );
      if (!ctx.contentType.startsWith('multipart/form-data')) {
        throw semanticError('Send the file as multipart/form-data with a `file` field.');
      }
      const form = await new Response(new Uint8Array(ctx.rawBody), {
        headers: { 'content-type': ctx.contentType },
      }).formData();
      const file = form.get('file');
      if (file === null || typeof file === 'string')
        throw semanticError('The multipart body has no `file` part.');
      const max = ctx.ws.info.maxUploadBytes;
      if (file.size > max) {
        throw semanticError(
          `The file is ${file.size} bytes; this workspace accepts uploads of at most ${max} bytes.`,
        );
      }
      // The part's own name and type fill in what the creation left out; a part whose
      // type contradicts the creation's is refused rather than trusted.
      const partType = isGenericType(file.type) ? null : bareType(file.type);
      const declared = upload.contentType === null ? null : bareType(upload.contentType);
      if (declared !== null && partType !== null && partType !== declared) {
        throw semanticError(
          `The file part's content type \`${partType}\` does not match the content type \`${declared}\` the file upload was created with.`,
        );
      }
      const filename = upload.filename ?? (file.name || null);
      const contentType =
        declared ?? partType ?? (filename === null ? null : typeForFilename(filename));
      if (filename === null && contentType === null)
        throw semanticError('The file has neither a filename nor a content type to tell its type.');
      checkFileType(filename, contentType, {
        filename: upload.filename === null ? 'the file part' : 'body.filename',
        contentType: declared === null ? 'the file part' : 'body.content_type',
      });
      upload.data = Buffer.from(await file.arrayBuffer());
      upload.contentLength = file.size;
      upload.contentType = upload.contentType ?? contentType;
      upload.filename = filename ?? 'file';
      upload.status = 'uploaded';
      return { body: renderUpload(upload, ctx.apiBase) };
    },
  },
  {
    method: 'GET',
    pattern: '/v1/file_uploads/:file_upload_id',
    capability: 'read',
    handler: (ctx) => ({ body: renderUpload(ownUpload(ctx), ctx.apiBase) }),
  },
];
