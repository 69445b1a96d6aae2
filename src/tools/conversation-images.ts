import type { ConversationImage, ConversationImages } from './tool.ts';

/**
 * The images one conversation has seen, in the order they arrived. Names are what the model writes
 * back in tool arguments, so they are short and stable: "image-1" for the first upload, "zoom-2" for
 * the second crop, and catalog asset ids as they are.
 */
export function createConversationImages(initial: readonly ConversationImage[] = []): ConversationImages {
  const byName = new Map<string, ConversationImage>();
  for (const image of initial) byName.set(image.name, image);

  return {
    get: (name) => byName.get(name),
    add(prefix, image) {
      // Counting the names already taken (rather than keeping a counter) keeps numbering right when
      // a conversation is rebuilt from a trace or an exact name was registered with addNamed.
      let number = 1;
      while (byName.has(`${prefix}-${number}`)) number++;
      const named: ConversationImage = { ...image, name: `${prefix}-${number}` };
      byName.set(named.name, named);
      return named;
    },
    addNamed(image) {
      const existing = byName.get(image.name);
      if (existing) return existing;
      byName.set(image.name, image);
      return image;
    },
    list: () => [...byName.values()],
  };
}
