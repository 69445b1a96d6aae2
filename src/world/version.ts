/**
 * The world generator's identity. Bump WORLD_VERSION whenever the same seed would produce different
 * bytes (a new attribute, a changed template, a renderer fix), so that downstream caches and
 * benchmark results can tell worlds apart.
 */
export const WORLD_GENERATOR = 'atelier-world';
export const WORLD_VERSION = '1.1.0';
