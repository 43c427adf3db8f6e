/** The shape every locale must fill: the English tree with any string in each leaf. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
