// Types of current-bundle.js (plain JavaScript, so bin/ runs without a build).
export function bundleIsCurrent(root: URL): boolean;
