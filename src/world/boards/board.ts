import { z } from 'zod';
import { type ArchetypeMixture, archetypeMixtureSchema } from '../item.ts';

/** A user's saved items and the latent taste that generated them: the ground truth for "taste". */
export interface Board {
  userId: string;
  /** One or two archetypes with weights summing to 1. */
  taste: ArchetypeMixture;
  itemIds: string[];
}

export const boardSchema = z.object({
  userId: z.string().min(1),
  taste: archetypeMixtureSchema,
  itemIds: z.array(z.string().min(1)),
});
