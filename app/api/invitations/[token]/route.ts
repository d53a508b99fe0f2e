import { acceptInvitation } from "@/lib/server/members";
import { userRoute } from "@/lib/server/route";

/** A signed-in user accepts an invitation sent to their address. */
export const POST = userRoute({}, ({ user, params }) => acceptInvitation(user, params.token ?? ""));
