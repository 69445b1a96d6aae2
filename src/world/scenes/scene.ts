import { z } from 'zod';
import { itemSchema } from '../item.ts';

const boxSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

/** One object of a detail scene: the catalog item it shows, where it is, and where its details are. */
export const sceneObjectSchema = z.object({
  itemId: z.string(),
  box: boxSchema,
  /** The garment's main panel; logo positions (top-left … bottom-right) are its thirds. */
  body: boxSchema,
  /** Object side over scene side: the difficulty knob "size of the detail as a fraction of the image". */
  relativeSize: z.number().positive(),
  logo: boxSchema.nullable(),
  buttons: z.array(boxSchema),
  pockets: z.array(boxSchema),
  attributes: itemSchema,
});

export const sceneSchema = z.object({
  id: z.string(),
  image: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  background: z.string(),
  objects: z.array(sceneObjectSchema),
});

export type SceneObject = z.infer<typeof sceneObjectSchema>;
export type Scene = z.infer<typeof sceneSchema>;
