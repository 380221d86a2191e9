export declare const loseKazakhLetters: (text: string) => string;
