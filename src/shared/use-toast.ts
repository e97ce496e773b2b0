// The state of a message line (./Toast.tsx): the message shown, a new one replacing the old.
import { useRef, useState } from 'preact/hooks';

/** A message with its number: each new one (even with the same text) is a new element. */
export type Sequenced<T> = T & { seq: number };

export function useToast<T extends { kind: string; text: string }>() {
  const [toast, setToast] = useState<Sequenced<T> | null>(null);
  const seqRef = useRef(0);
  return {
    toast,
    show: (next: T) => setToast({ ...next, seq: ++seqRef.current }),
    clear: () => setToast(null),
  };
}
