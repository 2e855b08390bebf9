import * as path from 'path';
import { platform } from '../config/platform';
import { IMAGE_TAGS_FILE, ImageTags } from '../model/image-tags';
import { PROJECT_ROOT } from '../tree/layout';
import { synthesize, SynthResult } from '../synthesize';

/** Loads the repository's configuration and image tags and synthesizes the tree in memory. */
export function loadAndSynthesize(root: string = PROJECT_ROOT): SynthResult {
  return synthesize(platform, ImageTags.load(path.join(root, IMAGE_TAGS_FILE)));
}
