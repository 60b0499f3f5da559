export default function GradeView({ onClose }: { onClose(): void }) { void onClose; return null; }
