export * from "./block.ts";
export * from "./place.ts";
export * from "./publication.ts";
export * from "./issue.ts";
export * from "./article.ts";
export * from "./page.ts";
export * from "./sidecar.ts";
export * from "./fix.ts";
