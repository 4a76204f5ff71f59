# DisputeCenter web app. Build context: the repository root.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig DisputeCenter.sln ./
COPY src/DisputeCenter.Domain/DisputeCenter.Domain.csproj src/DisputeCenter.Domain/
COPY src/DisputeCenter.Services/DisputeCenter.Services.csproj src/DisputeCenter.Services/
COPY src/DisputeCenter.Web/DisputeCenter.Web.csproj src/DisputeCenter.Web/
RUN dotnet restore src/DisputeCenter.Web/DisputeCenter.Web.csproj
COPY src/ src/
RUN dotnet publish src/DisputeCenter.Web/DisputeCenter.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
  CMD ["dotnet", "DisputeCenter.Web.dll", "--healthcheck"]
ENTRYPOINT ["dotnet", "DisputeCenter.Web.dll"]
