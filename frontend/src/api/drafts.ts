/**
 * Saved AI drafts as files: a draft written out as a Word document through
 * the save dialog (service.Assistant.SaveGenerationDocx). Markdown and text
 * exports are in assistant.ts.
 */
import * as bound from '../../wailsjs/go/service/Assistant';
import { call } from './backend';

/** saveDocx asks where to save the draft as a .docx and writes it; it returns the path, or "" when cancelled. */
export async function saveDocx(generationId: number): Promise<string> {
  return call(() => bound.SaveGenerationDocx(generationId));
}
