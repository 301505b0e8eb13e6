/**
 * Saved AI drafts as files: a draft written out as a Word document through
 * the save dialog (service.Assistant.SaveGenerationDocx). Markdown and text
 * exports are in assistant.ts.
 */
import { call, goStruct } from './backend';

const bound = goStruct('service', 'Assistant');

/** saveDocx asks where to save the draft as a .docx and writes it; it returns the path, or "" when cancelled. */
export async function saveDocx(generationId: number): Promise<string> {
  return call(() => bound.SaveGenerationDocx(generationId));
}
