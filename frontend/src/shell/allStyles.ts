// Every Mantine component's styles, in the same layer as firstScreenStyles.ts
// (which must stay a subset of this); loaded by loadAllStyles.
import '@mantine/core/styles.layer.css';
