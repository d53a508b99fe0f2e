import { cn } from "@/lib/utils";

export function Select({ className, ...props }: React.ComponentProps<"select">) {
  return (
    <select
      className={cn(
        "block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-sm aria-invalid:border-red-600",
        className,
      )}
      {...props}
    />
  );
}
