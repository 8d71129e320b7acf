/**
 * The report as it crosses to the background and into history: without the article text
 * (evidence keeps its sentence), bounded in size.
 */
import type { DetailedReport } from '../extraction/analyze';

export function slimReport(r: DetailedReport): DetailedReport {
  return { ...r, text: '', statements: r.statements.slice(0, 8), timeline: r.timeline.slice(0, 20), scale: r.scale.slice(0, 6) };
}
