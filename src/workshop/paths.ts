import stages from '../../content/stages.json';

/** One workshop page per stage, in each language (the two routes share this list). */
export function workshopPaths() {
  return stages.stages.map((stage) => ({ params: { stage: stage.id } }));
}
