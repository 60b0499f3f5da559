/** Pure drawing knowledge shared by the canvas, image export and the command line (no React, no DOM). */
export { centredBox, contains, intersects, type Box } from './box.ts';
export { CABLE_LABEL_FRACTIONS, cableLabelCandidates } from './cableLabelCandidates.ts';
export { CollisionGrid } from './collisionGrid.ts';
export { fitText, wrapAtSpaces, type FitOptions, type TextFit } from './fitText.ts';
export { LABEL_PRIORITY, placeLabels, type LabelRequest, type PlacementInput, type Placements } from './placeLabels.ts';
export { textWidth, textWidthEm, type FontWeight } from './textMetrics.ts';
export { LEGIBLE_PX, WIDEST_FIGURE, fitNodeText, nameTag, type NodeTextFit, type NodeTextInput } from './nodeTextFit.ts';
export { NAME_BESIDE_PX, nameBeside, type NameBeside, type NodeOnScreen } from './nameBeside.ts';
