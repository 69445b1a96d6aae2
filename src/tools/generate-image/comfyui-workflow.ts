import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AtelierError } from '../../core/index.ts';

/** A workflow in ComfyUI's API format: node id → {class_type, inputs}. */
export type ComfyWorkflow = Record<string, { class_type: string; inputs: Record<string, unknown> }>;

const workflowSchema = z.record(
  z.string(),
  z.looseObject({ class_type: z.string().min(1), inputs: z.record(z.string(), z.unknown()) }),
);

/** Placeholders a workflow file may use; a value that is exactly a numeric one becomes a number. */
export interface WorkflowValues {
  prompt: string;
  negative_prompt: string;
  seed: number;
  width: number;
  height: number;
  steps: number;
  sampler: string;
  checkpoint: string;
}

/**
 * The built-in text-to-image graph, in API format, with placeholders: a checkpoint, positive and
 * negative prompts, an empty latent of the requested size, a sampler, VAE decode, save.
 */
export const DEFAULT_WORKFLOW: ComfyWorkflow = {
  '4': { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: '{{checkpoint}}' } },
  '5': {
    class_type: 'EmptyLatentImage',
    inputs: { width: '{{width}}', height: '{{height}}', batch_size: 1 },
  },
  '6': { class_type: 'CLIPTextEncode', inputs: { text: '{{prompt}}', clip: ['4', 1] } },
  '7': { class_type: 'CLIPTextEncode', inputs: { text: '{{negative_prompt}}', clip: ['4', 1] } },
  '3': {
    class_type: 'KSampler',
    inputs: {
      seed: '{{seed}}',
      steps: '{{steps}}',
      cfg: 7,
      sampler_name: '{{sampler}}',
      scheduler: 'normal',
      denoise: 1,
      model: ['4', 0],
      positive: ['6', 0],
      negative: ['7', 0],
      latent_image: ['5', 0],
    },
  },
  '8': { class_type: 'VAEDecode', inputs: { samples: ['3', 0], vae: ['4', 2] } },
  '9': { class_type: 'SaveImage', inputs: { filename_prefix: 'atelier', images: ['8', 0] } },
};

const PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;
const WHOLE_PLACEHOLDER = /^\{\{\s*([a-z_]+)\s*\}\}$/;

function substitute(value: unknown, values: WorkflowValues): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE_PLACEHOLDER.exec(value);
    if (whole && whole[1]! in values) return values[whole[1] as keyof WorkflowValues];
    return value.replace(PLACEHOLDER, (match, key: string) =>
      key in values ? String(values[key as keyof WorkflowValues]) : match,
    );
  }
  if (Array.isArray(value)) return value.map((inner) => substitute(inner, values));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, substitute(inner, values)]));
  }
  return value;
}

/** A copy of the workflow with every placeholder replaced: "{{seed}}" alone becomes the number. */
export function fillWorkflow(workflow: ComfyWorkflow, values: WorkflowValues): ComfyWorkflow {
  return substitute(workflow, values) as ComfyWorkflow;
}

/**
 * Reads a user's workflow file (exported with "Save (API Format)") and checks it has a {{prompt}}.
 * Synchronous because it runs once, when the generator is made, so a bad file fails at start-up.
 */
export function loadWorkflow(path: string): ComfyWorkflow {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AtelierError('INVALID_ARGUMENT', `cannot read the ComfyUI workflow ${path}`, {
      hint: 'Give the path after # in comfyui:URL#path/to/workflow.json.',
      cause: error,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AtelierError('INVALID_ARGUMENT', `the ComfyUI workflow ${path} is not valid JSON`, {
      hint: 'Export the workflow from ComfyUI with "Save (API Format)".',
    });
  }
  if (value !== null && typeof value === 'object' && 'nodes' in value) {
    throw new AtelierError('INVALID_ARGUMENT', `${path} is a ComfyUI UI workflow, not the API format`, {
      hint: 'Enable dev mode options in ComfyUI settings and export with "Save (API Format)".',
    });
  }
  const parsed = workflowSchema.safeParse(value);
  if (!parsed.success) {
    throw new AtelierError('INVALID_ARGUMENT', `${path} is not a ComfyUI API-format workflow`, {
      hint: 'Each entry must be a node {"class_type": …, "inputs": {…}}; export with "Save (API Format)".',
    });
  }
  if (!text.includes('{{prompt}}')) {
    throw new AtelierError('INVALID_ARGUMENT', `the ComfyUI workflow ${path} has no {{prompt}} placeholder`, {
      hint: 'Put "{{prompt}}" as the positive CLIPTextEncode text; {{seed}}, {{width}}, {{height}}, {{steps}} and {{negative_prompt}} are filled in too.',
    });
  }
  return parsed.data as ComfyWorkflow;
}
