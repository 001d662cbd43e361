// Deep imports that keep the bundle to what the action uses (see src/proton.ts and src/event.ts).
declare module '@aws-sdk/client-proton/dist-es/ProtonClient.js' {
  export { ProtonClient } from '@aws-sdk/client-proton'
}
declare module '@aws-sdk/client-proton/dist-es/commands/GetEnvironmentAccountConnectionCommand.js' {
  export { GetEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton'
}
declare module '@aws-sdk/client-proton/dist-es/commands/ListEnvironmentAccountConnectionsCommand.js' {
  export { ListEnvironmentAccountConnectionsCommand } from '@aws-sdk/client-proton'
}
declare module '@aws-sdk/client-proton/dist-es/commands/RejectEnvironmentAccountConnectionCommand.js' {
  export { RejectEnvironmentAccountConnectionCommand } from '@aws-sdk/client-proton'
}
