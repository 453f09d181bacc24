// The ids of the cdktf stacks, in synth order, without loading cdktf: the command line names
// them in its help and checks --stack against them before it loads any engine.
export const STACK_IDS = ["onprem", "online"] as const;

export type StackId = (typeof STACK_IDS)[number];
