"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False on the server and during hydration, true once React runs in the
 * browser. Forms stay disabled until then: typing into a server-rendered
 * field before react-hook-form has registered it would be overwritten by the
 * form's default values, losing what was typed.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
