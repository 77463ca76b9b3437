/** Types shared by many src/lib modules, kept apart so none of them depends on another for a type. */

/** A content entry as the pages and the check pass it around: its id and its validated data. */
export interface WithId<T> {
  id: string;
  data: T;
}
