import { COLOR_NAMES, type ColorName } from '../palette.ts';

/**
 * Colour words people use that are not palette names, mapped to the nearest palette colour. The
 * targets were chosen by CIE76 distance from a typical swatch of each word and then by how the word
 * is used in fashion copy where the two disagree: "mint" is nearest to lime in Lab, but shoppers mean
 * a cool blue-green, so it maps to turquoise; "indigo" is a purple in Lab but a denim dye on a label;
 * "silver" is equally near grey, ivory and white, and reads as a metal grey. Metals map to the colour the renderer gives hardware (gold buttons are mustard).
 */
const ALIASES: Readonly<Record<ColorName, readonly string[]>> = {
  white: ['optic white', 'snow', 'snow white', 'bright white', 'pure white'],
  ivory: ['off white', 'offwhite', 'eggshell', 'ecru', 'bone', 'champagne', 'vanilla'],
  cream: ['creamy', 'buttermilk', 'oatmeal'],
  beige: ['nude', 'sand', 'stone', 'oat', 'greige'],
  camel: ['copper', 'bronze', 'caramel', 'toffee'],
  tan: ['cognac', 'saddle', 'saddle brown', 'whiskey', 'light brown'],
  brown: ['chestnut', 'walnut', 'mocha', 'coffee', 'taupe'],
  chocolate: ['dark brown', 'espresso'],
  grey: ['gray', 'silver', 'light grey', 'light gray', 'heather grey', 'heather gray', 'ash', 'dove grey'],
  charcoal: ['charcoal grey', 'charcoal gray', 'dark grey', 'dark gray', 'gunmetal', 'slate', 'graphite'],
  black: ['jet black', 'jet', 'ebony', 'onyx', 'noir'],
  navy: ['navy blue', 'dark blue', 'midnight', 'midnight blue', 'ink', 'ink blue'],
  denim: ['denim blue', 'indigo', 'indigo blue', 'chambray', 'steel blue', 'mid blue'],
  olive: ['olive green', 'army green', 'military green', 'moss', 'moss green'],
  khaki: ['sage', 'sage green', 'khaki green', 'stone green'],
  red: ['scarlet', 'crimson', 'cherry', 'cherry red', 'tomato', 'rust', 'brick'],
  burgundy: ['maroon', 'wine', 'oxblood', 'bordeaux', 'merlot', 'dark red'],
  coral: ['terracotta', 'salmon', 'peach', 'peachy', 'apricot'],
  orange: ['burnt orange', 'tangerine', 'amber', 'ochre'],
  mustard: ['gold', 'golden', 'brass', 'mustard yellow', 'gold tone', 'ochre yellow'],
  yellow: ['lemon', 'canary', 'sunflower', 'butter yellow'],
  lime: ['lime green', 'chartreuse', 'neon green', 'light green', 'apple green'],
  green: ['kelly green', 'grass green', 'forest green', 'leaf green'],
  emerald: ['emerald green', 'bottle green', 'dark green', 'jade', 'hunter green'],
  teal: ['petrol', 'petrol blue', 'dark teal', 'peacock'],
  turquoise: ['mint', 'mint green', 'aqua', 'aquamarine', 'seafoam'],
  sky: ['sky blue', 'light blue', 'baby blue', 'pale blue', 'powder blue', 'cyan', 'ice blue'],
  blue: ['royal blue', 'cobalt', 'cobalt blue', 'electric blue', 'bright blue', 'sapphire'],
  purple: ['plum', 'violet', 'aubergine', 'eggplant', 'grape'],
  lavender: ['lilac', 'mauve', 'periwinkle', 'light purple', 'wisteria'],
  pink: ['blush', 'blush pink', 'baby pink', 'pale pink', 'light pink', 'rose', 'dusty pink', 'rose gold'],
  fuchsia: ['hot pink', 'magenta', 'raspberry', 'cerise', 'bright pink'],
};

/** Every colour phrase the parser knows, in canonical token spelling, with its palette colour. */
export const COLOR_PHRASES: ReadonlyMap<string, ColorName> = new Map(
  COLOR_NAMES.flatMap((name) => [
    [name, name] as const,
    ...ALIASES[name].map((alias) => [alias, name] as const),
  ]),
);
