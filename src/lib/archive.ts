import { settingsFrom } from "../../archive/settings.ts";
import { openArchive } from "../../archive/store/open.ts";

/** The site's settings, read from the environment once (the build hands Astro its staged data folder). */
export const settings = settingsFrom();

/** The data folder the site is built from: summaries through the content collections, text from here. */
export const archive = openArchive(settings.dataDir);
