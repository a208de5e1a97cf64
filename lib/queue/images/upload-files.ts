/**
 * What a running capture knows of its uploads: the bytes each upload step sends (the
 * stored screenshot, a stored `data:` image, or a page image fetched now), which steps
 * name which upload, the stored bytes no step needs any more, and the uploads that
 * expire before the step attaching them runs.
 */
import type { LearnedByStep } from '../../notion/plan/refs';
import { refsIn } from '../../notion/plan/refs';
import type { PlanStep, RequestPlan, UploadCreateStep } from '../../notion/plan/types';
import { uploadCap } from '../../notion/api/upload-types';
import { base64Size, bytesFromBase64 } from './base64';
import type { FetchImage, Prepared } from './fetch-image';
import { fetchPdf as defaultFetchPdf, type FetchPdf } from '../pdf/fetch-pdf';
import type { JobBody } from '../types';

/** How long an unattached upload lives when Notion's answer did not say. */
export const UPLOAD_TTL_MS = 60 * 60 * 1000;
/**
 * An upload this close to its expiry is made again before a step attaches it: the
 * request takes time, and Notion's clock is not ours.
 */
export const EXPIRY_MARGIN_MS = 10 * 60 * 1000;

const STEP_ID = /\{\{step(\d+)\.id\}\}/;

type UploadStep = Extract<PlanStep, { kind: 'upload_create' | 'upload_send' }>;

export const isUploadStep = (step: PlanStep): step is UploadStep =>
  step.kind === 'upload_create' || step.kind === 'upload_send';

export class UploadFiles {
  /** Create step index → the later steps that name its upload (its send included). */
  private readonly uses = new Map<number, number[]>();
  private readonly files = new Map<number, Promise<Prepared>>();

  constructor(
    private readonly plan: RequestPlan,
    private readonly body: JobBody,
    private readonly limit: () => Promise<number | null>,
    private readonly fetchImage: FetchImage,
    private readonly fetchPdf: FetchPdf = defaultFetchPdf,
  ) {
    plan.steps.forEach((step, index) => {
      for (const use of refsIn([step.path, step.body])) {
        if (use.field !== 'id' || plan.steps[use.step]?.kind !== 'upload_create') continue;
        const list = this.uses.get(use.step) ?? [];
        if (!list.includes(index)) list.push(index);
        this.uses.set(use.step, list);
      }
    });
  }

  /** The upload creation a send step (or any step naming `{{stepN.id}}`) belongs to. */
  createOf(step: UploadStep): UploadCreateStep {
    if (step.kind === 'upload_create') return step;
    const index = Number(STEP_ID.exec(step.path)?.[1] ?? -1);
    const create = this.plan.steps[index];
    if (create?.kind !== 'upload_create') throw new Error(`No upload creation for ${step.path}.`);
    return create;
  }

  createIndexOf(step: UploadStep): number {
    return this.plan.steps.indexOf(this.createOf(step));
  }

  /** Whether the upload is a PDF tab's file (its skip is told apart from images'). */
  isPdf(step: PlanStep): boolean {
    return isUploadStep(step) && this.createOf(step).source?.kind === 'pdf';
  }

  /** Whether a failed upload may be skipped: a page image or PDF, not the screenshot. */
  optional(step: PlanStep): boolean {
    return isUploadStep(step) && this.createOf(step).source !== undefined;
  }

  /** What an upload step sends, or why it sends nothing. */
  async ready(step: UploadStep, learned: LearnedByStep): Promise<Prepared> {
    const skipped = learned[this.createIndexOf(step)]?.skipped;
    if (step.kind === 'upload_send' && skipped) return { skip: 'missing' };
    return this.prepare(this.createOf(step));
  }

  /** The bytes of an attachment: read or fetched once per run, kept until sent. */
  prepare(create: UploadCreateStep): Promise<Prepared> {
    let file = this.files.get(create.attachment);
    if (!file) {
      file = this.load(create);
      this.files.set(create.attachment, file);
      // A failed read (offline) is tried again next time, not remembered.
      file.catch(() => this.files.delete(create.attachment));
    }
    return file;
  }

  /** Frees the memory an attachment's bytes took once they were sent. */
  forget(attachment: number): void {
    this.files.delete(attachment);
  }

  private async load(create: UploadCreateStep): Promise<Prepared> {
    const cap = uploadCap(await this.limit());
    const source = create.source;
    const named = {
      filename: String(create.body?.filename ?? 'capture.png'),
      contentType: String(create.body?.content_type ?? 'image/png'),
    };
    if (!source) {
      const screenshot = this.body.screenshot;
      if (screenshot === null)
        throw new Error('The screenshot of this capture is no longer stored.');
      return { file: { ...named, bytes: bytesFromBase64(screenshot) } };
    }
    if (source.kind === 'url') return this.fetchImage(source.url, cap);
    if (source.kind === 'pdf') return this.fetchPdf(source.url, cap);
    const stored = this.body.dataImages?.[source.index] ?? null;
    if (stored === null) return { skip: 'missing' };
    if (base64Size(stored) > cap) return { skip: 'too_large' };
    return { file: { ...named, bytes: bytesFromBase64(stored) } };
  }

  /**
   * Uploads that step `index` names (its own creation, for a send) whose time runs out
   * before it would attach them. Jobs stored before expiry was recorded have none.
   */
  expiring(index: number, learned: LearnedByStep, now: number): number[] {
    const out: number[] = [];
    for (const [create, steps] of this.uses) {
      const entry = learned[create];
      if (!steps.includes(index) || !entry?.id || entry.skipped) continue;
      if (entry.expiresAt !== undefined && now >= entry.expiresAt - EXPIRY_MARGIN_MS) {
        out.push(create);
      }
    }
    return out;
  }

  /**
   * Drops from the body the stored bytes of uploads that every step naming them has
   * now used (`done` steps are finished). True when something was dropped.
   */
  free(done: number): boolean {
    let freed = false;
    this.plan.steps.forEach((step, index) => {
      if (step.kind !== 'upload_create') return;
      const last = Math.max(index + 1, ...(this.uses.get(index) ?? []));
      if (last >= done) return;
      const source = step.source;
      if (!source && this.body.screenshot !== null) {
        this.body.screenshot = null;
        freed = true;
      } else if (source?.kind === 'data' && this.body.dataImages?.[source.index]) {
        this.body.dataImages[source.index] = null;
        freed = true;
      }
    });
    return freed;
  }
}
