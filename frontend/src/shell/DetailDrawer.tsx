/**
 * DetailDrawer is the application drawer with the panels other features own
 * (the AI tab, "CV sent"): composed here so features do not import each other.
 */
import { AIPanel } from '../features/ai/AIPanel';
import { CVSentSelect } from '../features/cv/CVSentSelect';
import { ApplicationDetail, type DetailPanels } from '../features/detail/ApplicationDetail';

const panels: DetailPanels = {
  ai: (p) => <AIPanel {...p} />,
  cvSent: (applicationId) => <CVSentSelect appId={applicationId} />,
};

export function DetailDrawer() {
  return <ApplicationDetail panels={panels} />;
}
