using BriefingBot.Host.Cli;

return await BriefingBotCli.RunAsync(args, Console.Out, Console.Error);
