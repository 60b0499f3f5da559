// How a step is numbered for people and in links (`s`): from 1. Apart from stepNavigation.ts, which
// reads the lesson catalog: a link's step is read before the catalog has loaded.

export const stepNumber = (index: number) => index + 1;
export const stepIndex = (number: number) => Math.max(0, number - 1);
