export declare const HELP: string;
export declare const RUN_HELP: string;
export declare const EVAL_HELP: string;
export declare const DIFF_HELP: string;
export declare const COMMAND_HELP: Record<'run' | 'eval' | 'diff', string>;
